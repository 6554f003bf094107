# Q: Adam(weight_decay) vs AdamW
import torch

for cls in (torch.optim.Adam, torch.optim.AdamW):
    p = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
    opt = cls([p], lr=0.1, weight_decay=0.5)
    for _ in range(3):
        opt.zero_grad()
        (p * torch.tensor([1.0, 1.0])).sum().backward()
        opt.step()
    print(cls.__name__, p.detach().round(decimals=4))
print(torch.optim.AdamW([torch.nn.Parameter(torch.zeros(1))]))
