# Tensors with more than threshold elements are summarised with '...'.
import torch

print(torch.arange(2500))
print(torch.arange(1200.0).view(40, 30))
torch.set_printoptions(threshold=6, edgeitems=2)
print(torch.arange(12))
torch.set_printoptions(profile='short')
print(torch.linspace(-2, 2, 9))
