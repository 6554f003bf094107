import torch

losses = [torch.tensor(0.5), torch.tensor(0.25)]
try:
    torch.cat(losses)
except Exception as e:
    print(type(e).__name__, e)
print(torch.stack(losses).mean())
try:
    torch.cat([torch.ones(2, 2), torch.ones(2, 2)], dim=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.cat([])
except Exception as e:
    print(type(e).__name__, e)
print(torch.cat([torch.ones(0), torch.ones(2)]), torch.cat([torch.ones(2, 1), torch.zeros(2, 1)], -1))
