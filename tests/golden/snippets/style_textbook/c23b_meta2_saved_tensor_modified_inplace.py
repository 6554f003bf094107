import torch

# A fast-weight tensor edited in place after it was used: the version counter catches it
theta = torch.tensor([0.5, 1.5], requires_grad=True)
fast = theta * 1.0
objective = torch.exp(fast).sum()
print(fast._version)
fast.mul_(0.9)
print(fast._version)
try:
    objective.backward()
except RuntimeError as err:
    print(str(err)[:200])
