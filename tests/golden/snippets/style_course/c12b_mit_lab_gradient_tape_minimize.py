# MIT intro lab: autograd for y = x^2, then minimising L = (x - x_f)^2 with gradient descent, history printed.
import torch

x = torch.randn(1)
x = torch.tensor(3.0, requires_grad=True)
y = x * x
y.backward()
dy_dx = x.grad
print('dy_dx of y=x^2 at x=3.0 is: ', dy_dx)
assert dy_dx == 6.0

torch.manual_seed(0)
x = torch.randn(1)
print(f'Initializing x={x.item()}')
learning_rate = 1e-2
history = []
x_f = 4
for i in range(500):
    x = torch.tensor([x], requires_grad=True)
    loss = (x - x_f) ** 2
    loss.backward()
    x = x.item() - learning_rate * x.grad
    history.append(x.item())
print(len(history), history[0], history[99], history[-1])
print([round(h, 4) for h in history[::100]])
print(type(x), x.dtype, x.requires_grad)
