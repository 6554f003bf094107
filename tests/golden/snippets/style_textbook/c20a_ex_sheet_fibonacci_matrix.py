# Exercise: Fibonacci numbers with a matrix power
import torch

F = torch.tensor([[1, 1], [1, 0]])
print(torch.linalg.matrix_power(F, 10))
fib = [torch.linalg.matrix_power(F, n)[0, 1].item() for n in range(1, 11)]
print(fib)
print(torch.matrix_power(F.double(), 30)[0, 1])
