# Thermometer readings in unknown units: fit celsius = w * reading + b with optim.SGD vs optim.Adam.
import torch

readings = torch.tensor([33.2, 57.1, 41.8, 70.4, 25.9, 62.3, 48.0, 36.5, 77.7])
celsius = torch.tensor([1.2, 15.1, 6.4, 22.9, -3.3, 18.0, 9.6, 3.1, 26.8])

def linear_fit(optimizer_cls, lr, inputs, epochs=1500, report=(1, 10, 500, 1500)):
    theta = torch.tensor([1.0, 0.0], requires_grad=True)
    opt = optimizer_cls([theta], lr=lr)
    for epoch in range(1, epochs + 1):
        predicted = theta[0] * inputs + theta[1]
        err = torch.mean(torch.square(predicted - celsius))
        opt.zero_grad()
        err.backward()
        opt.step()
        if epoch in report:
            print(f'{optimizer_cls.__name__:>4} epoch {epoch:4d}  mse {err.item():.6f}')
    return theta.detach()

print(linear_fit(torch.optim.SGD, 2e-2, readings / 10))
print(linear_fit(torch.optim.Adam, 1e-1, readings))
print(linear_fit(torch.optim.SGD, 1e-3, readings, epochs=3, report=(1, 2, 3)))
