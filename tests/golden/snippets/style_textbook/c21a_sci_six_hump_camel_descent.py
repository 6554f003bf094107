# Six-hump camel function: gradient descent from several starts lands in different valleys.
import torch

def camel(v):
    x, y = v[0], v[1]
    return (4 - 2.1 * x ** 2 + x ** 4 / 3) * x ** 2 + x * y + (-4 + 4 * y ** 2) * y ** 2

for start in [(0.5, -0.5), (-0.5, 0.5), (1.5, 0.5), (-1.5, -0.5)]:
    v = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([v], lr=0.02)
    for _ in range(400):
        opt.zero_grad()
        camel(v).backward()
        opt.step()
    print(start, [round(c, 4) for c in v.tolist()], round(camel(v).item(), 4))
