# Q: what gradient does autograd give for pow, sqrt, sigmoid, softmax, abs at 0, relu at 0, max with ties?
import torch

x = torch.tensor([0.0, 0.5, 2.0], requires_grad=True)
for name, f in [('pow3', lambda t: t ** 3), ('sqrt', torch.sqrt), ('sigmoid', torch.sigmoid), ('abs', torch.abs),
                ('relu', torch.relu), ('exp', torch.exp), ('log1p', torch.log1p), ('tanh', torch.tanh),
                ('softmax', lambda t: torch.softmax(t, 0) * torch.tensor([1.0, 2.0, 3.0])),
                ('norm', lambda t: t.norm().expand(3)), ('clamp', lambda t: t.clamp(0.2, 1.0))]:
    x.grad = None
    f(x).sum().backward()
    print(name, x.grad)
t = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)
t.max().backward()
print('max', t.grad)
t.grad = None
torch.max(t, 0).values.backward()
print('max dim', t.grad)
t.grad = None
t.amax().backward()
print('amax', t.grad)
