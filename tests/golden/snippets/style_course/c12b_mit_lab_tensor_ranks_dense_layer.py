# MIT intro lab 1: tensors of rank 0..4 with their shapes, a dense layer from scratch and nn.Sequential.
import torch
import torch.nn as nn

integer = torch.tensor(1234)
decimal = torch.tensor(3.14159265359)
print(f'`integer` is a {integer.ndim}-d Tensor: {integer}')
print(f'`decimal` is a {decimal.ndim}-d Tensor: {decimal}')
fibonacci = torch.tensor([1, 1, 2, 3, 5, 8])
count_to_100 = torch.tensor(range(100))
print(f'`fibonacci` is a {fibonacci.ndim}-d Tensor with shape: {fibonacci.shape}')
print(f'`count_to_100` is a {count_to_100.ndim}-d Tensor with shape: {count_to_100.shape}')
matrix = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
images = torch.zeros(10, 3, 256, 256)
row_vector, column_vector, scalar = matrix[1], matrix[:, 1], matrix[0, 1]
print(f'rank {images.ndim}, shape {tuple(images.shape)}, {row_vector}, {column_vector}, {scalar}')

def func(a, b):
    c = torch.add(a, b)
    d = torch.subtract(b, 1)
    e = torch.multiply(c, d)
    return e
print(func(torch.tensor(1.5), torch.tensor(2.5)))

class OurDenseLayer(nn.Module):
    def __init__(self, num_inputs, num_outputs):
        super().__init__()
        self.W = nn.Parameter(torch.randn(num_inputs, num_outputs))
        self.bias = nn.Parameter(torch.randn(num_outputs))
    def forward(self, x):
        z = torch.matmul(x, self.W) + self.bias
        return torch.sigmoid(z)

torch.manual_seed(0)
layer = OurDenseLayer(2, 3)
x_input = torch.tensor([[1, 2.]])
y = layer(x_input)
print(f'input shape: {x_input.shape}')
print(f'output shape: {y.shape}')
print(f'output result: {y}')
model = nn.Sequential(nn.Linear(2, 3), nn.Sigmoid())
print(model)
print(model(x_input).shape, sum(p.numel() for p in model.parameters()))
