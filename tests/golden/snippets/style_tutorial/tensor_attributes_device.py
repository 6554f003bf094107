# Shape, dtype and device of tensors, and choosing a device the tutorial way.
import torch

tensor = torch.rand(3, 4)
print(f"Shape of tensor: {tensor.shape}")
print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")
device = "cuda" if torch.cuda.is_available() else "cpu"
print(f"Using {device} device")
t = tensor.to(device)
print(t.device, t.device.type, t.is_cuda)
print(torch.device(device), torch.device("cpu", 0) if False else torch.device("cpu"))
print(tensor.is_leaf, tensor.requires_grad, tensor.layout)
print(torch.zeros(2, dtype=torch.float64, device=device))
