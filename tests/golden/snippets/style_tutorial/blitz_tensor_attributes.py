# Shape, dtype and device of a tensor, and moving it if an accelerator exists.
import torch

torch.manual_seed(7)
tensor = torch.rand(3, 4)
print(f"Shape of tensor: {tensor.shape}")
print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")
if torch.cuda.is_available():
    tensor = tensor.to("cuda")
print(tensor.device, tensor.is_leaf, tensor.requires_grad)
print(tensor.size(), tensor.size(1), tensor.dim(), tensor.numel())
