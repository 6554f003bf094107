import torch

a = torch.nn.Parameter(torch.ones(2))
b = torch.nn.Parameter(torch.ones(3))
opt1 = torch.optim.Adam([a, b])
opt2 = torch.optim.Adam([{"params": [a]}, {"params": [b]}])
try:
    opt2.load_state_dict(opt1.state_dict())
except ValueError as e:
    print("ValueError:", e)
opt3 = torch.optim.Adam([a])
try:
    opt3.load_state_dict(opt1.state_dict())
except ValueError as e:
    print("ValueError:", e)
