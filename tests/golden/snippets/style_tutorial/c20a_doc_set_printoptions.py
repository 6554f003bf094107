# torch.set_printoptions: precision, threshold, edgeitems, linewidth, sci_mode
import torch

torch.set_printoptions(precision=2)
print(torch.tensor([1.12345]))
torch.set_printoptions(threshold=5)
print(torch.arange(10))
torch.set_printoptions(threshold=5, edgeitems=1)
print(torch.arange(10))
torch.set_printoptions(profile="default")
print(torch.tensor([1.12345]), torch.arange(10))
torch.set_printoptions(sci_mode=True)
print(torch.tensor([123.456, 0.001]))
torch.set_printoptions(profile="default", linewidth=40)
print(torch.arange(0, 2, 0.1))
