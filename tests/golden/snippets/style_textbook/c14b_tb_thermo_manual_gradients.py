# Fitting a temperature conversion by hand: analytic gradient of the MSE, plain gradient-descent updates.
import torch

celsius = torch.tensor([1.0, 9.5, 16.0, 22.5, 4.0, -3.0, 11.0, 27.0])
raw = torch.tensor([34.1, 49.3, 61.2, 72.9, 39.6, 26.8, 52.0, 80.4])
scaled = raw / 10

def predict(u, w, b):
    return w * u + b

def mse(pred, true):
    return ((pred - true) ** 2).mean()

def mse_grad(u, true, pred):
    dpred = 2 * (pred - true) / pred.numel()
    return torch.stack([(dpred * u).sum(), dpred.sum()])

theta = torch.tensor([1.0, 0.0])
for epoch in range(1, 501):
    pred = predict(scaled, theta[0], theta[1])
    cost = mse(pred, celsius)
    theta = theta - 1e-2 * mse_grad(scaled, celsius, pred)
    if epoch in (1, 2, 3, 100, 500):
        print('Epoch %d, Loss %f' % (epoch, float(cost)), theta)
print(predict(scaled, *theta))
