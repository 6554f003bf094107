# Setting up Adam with weight decay (the assistant misspelled the keyword)
import torch

params = [torch.nn.Parameter(torch.zeros(2))]
try:
    opt = torch.optim.Adam(params, lr=1e-3, weight_decays=0.01)
except TypeError as e:
    print("TypeError:", e)
opt = torch.optim.Adam(params, lr=1e-3, weight_decay=0.01)
print(opt.defaults["weight_decay"], opt.defaults["betas"])
try:
    torch.optim.Adam(params, lr=-1)
except ValueError as e:
    print("ValueError:", e)
