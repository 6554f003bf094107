import torch

# Q15. What happens when you call backward on a vector?
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
y.backward(torch.tensor([1.0, 0.1, 0.01]))
print(x.grad)
