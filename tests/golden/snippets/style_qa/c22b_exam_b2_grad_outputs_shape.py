import torch

# Exam B2-17. What if the gradient passed to backward has the wrong shape?
x = torch.ones(2, 2, requires_grad=True)
y = x * 3
try:
    y.backward(torch.ones(4))
except RuntimeError as e:
    print(e)
y.backward(torch.ones(2, 2) * 0.5)
print(x.grad)
