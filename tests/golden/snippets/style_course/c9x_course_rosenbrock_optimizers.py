# Course notebook: minimise the Rosenbrock function with SGD, momentum, RMSprop and Adam; print the path.
import torch

def rosenbrock(xy):
    x, y = xy
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

def run(opt_cls, steps=200, **kw):
    xy = torch.tensor([-1.5, 2.0], requires_grad=True)
    opt = opt_cls([xy], **kw)
    for i in range(steps):
        opt.zero_grad()
        loss = rosenbrock(xy)
        loss.backward()
        opt.step()
    return xy.detach(), rosenbrock(xy).item()

for name, cls, kw in [("sgd", torch.optim.SGD, {"lr": 1e-4}),
                      ("momentum", torch.optim.SGD, {"lr": 1e-4, "momentum": 0.9}),
                      ("rmsprop", torch.optim.RMSprop, {"lr": 1e-2}),
                      ("adam", torch.optim.Adam, {"lr": 5e-2}),
                      ("adagrad", torch.optim.Adagrad, {"lr": 0.5})]:
    xy, f = run(cls, **kw)
    print(f"{name:9s} x={xy[0].item():.4f} y={xy[1].item():.4f} f={f:.6f}")

xy = torch.tensor([1.0, 1.0], requires_grad=True)
rosenbrock(xy).backward()
print(xy.grad)
