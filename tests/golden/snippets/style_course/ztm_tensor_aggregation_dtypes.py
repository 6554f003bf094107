# Zero-to-mastery-style tensor basics: float16 tensors, aggregation on long tensors and positional min/max.
import torch

float_32_tensor = torch.tensor([3.0, 6.0, 9.0], dtype=None, device=None, requires_grad=False)
print(float_32_tensor.shape, float_32_tensor.dtype, float_32_tensor.device)
float_16_tensor = float_32_tensor.type(torch.float16)
print(float_16_tensor)
print(float_16_tensor * float_32_tensor)
int_32_tensor = torch.tensor([3, 6, 9], dtype=torch.int32)
print(float_32_tensor * int_32_tensor)
x = torch.arange(0, 100, 10)
print(x)
print(f"Minimum: {x.min()}")
print(f"Maximum: {x.max()}")
try:
    print(f"Mean: {x.mean()}")
except RuntimeError as e:
    print(e)
print(f"Mean: {x.type(torch.float32).mean()}")
print(f"Sum: {x.sum()}")
print(f"Index where max value occurs: {x.argmax()}")
print(f"Index where min value occurs: {x.argmin()}")
tensor = torch.arange(1., 10.)
print(f"Datatype: {tensor.dtype}, shape: {tensor.shape}")
x_reshaped = tensor.reshape(1, 9)
z = tensor.view(1, 9)
z[:, 0] = 5
print(z, tensor)
x_stacked = torch.stack([tensor, tensor, tensor, tensor], dim=1)
print(x_stacked.shape)
print(f"Previous shape: {x_reshaped.shape}, new: {x_reshaped.squeeze().shape}")
x_original = torch.rand(size=(224, 224, 3))
print(f"Permuted shape: {x_original.permute(2, 0, 1).shape}")
