import torch

# Exam B2-22. Which in-place ops break backward here?
x = torch.tensor([-1.0, 2.0], requires_grad=True)
y = torch.exp(x)
y.relu_()
try:
    y.sum().backward()
    print("relu_ after exp:", x.grad)
except RuntimeError as e:
    print("relu_ after exp:", str(e).split(":")[0])
x.grad = None
z = torch.sigmoid(x)
z.mul_(2)
try:
    z.sum().backward()
    print("sigmoid then mul_:", x.grad)
except RuntimeError as e:
    print("sigmoid then mul_:", type(e).__name__)
