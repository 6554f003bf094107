"""Controlling how tensors print (handy for debugging)."""
import torch

torch.manual_seed(0)
t = torch.randn(2, 3) * 1000

print("Default:")
print(t)
torch.set_printoptions(precision=2)
print("precision=2:")
print(t)
torch.set_printoptions(sci_mode=True)
print("sci_mode=True:")
print(t)
torch.set_printoptions(profile="default")
print(torch.tensor([1.123456789]))
