import torch

t = torch.tensor([0.25, 1., 4.])
print(t.sqrt().log().exp())
print(t.neg().abs().square())
print(t.mul(2).add(1).pow(2))
print(t.sigmoid().tanh().relu())
