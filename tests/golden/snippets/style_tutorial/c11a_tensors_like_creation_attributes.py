# Tensors tutorial: ones_like / rand_like / zeros_like / full_like, with dtype, device and shape attributes.
import torch

data = [[1, 2], [3, 4]]
x_data = torch.tensor(data)
x_ones = torch.ones_like(x_data)
print(f"Ones Tensor: \n {x_ones} \n")
x_rand = torch.rand_like(x_data, dtype=torch.float)
print(f"Random Tensor: \n {x_rand} \n")
print(torch.zeros_like(x_rand, dtype=torch.float64))
print(torch.full_like(x_data, 7), torch.full_like(x_rand, 0.5))
print(torch.randn_like(x_rand))
print(torch.randint_like(x_data, 10))
shape = (2, 3,)
for f in (torch.rand, torch.ones, torch.zeros):
    t = f(shape)
    print(f.__name__, t)
tensor = torch.rand(3, 4)
print(f"Shape of tensor: {tensor.shape}")
print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")
print(tensor.is_cuda, tensor.is_leaf, tensor.requires_grad, tensor.layout)
print(x_data.dtype, x_data.element_size(), x_rand.element_size(), x_data.nbytes)
print(torch.empty_like(x_rand).shape, torch.empty_like(x_rand).dtype)
