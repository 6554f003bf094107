import torch

weights = torch.nn.Parameter(torch.zeros(3))
offset = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.RMSprop([{"params": [weights]}, {"params": [offset], "lr": 0.5, "momentum": 0.1}], lr=0.01, centered=True)
print(opt)
print(torch.optim.Adagrad([weights], lr_decay=0.01))
