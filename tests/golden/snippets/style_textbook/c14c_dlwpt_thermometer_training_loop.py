# Thermometer calibration in the manner of "Deep Learning with PyTorch": readings in an unknown
# unit, a linear map fitted with autograd by hand, then the same fit with optim.SGD.
import torch

celsius = torch.tensor([2.0, 12.5, 16.0, 25.0, 5.5, -3.0, 7.5, 20.0, 0.5, 30.0, 9.0])
readings = torch.tensor([36.1, 55.2, 60.3, 78.0, 47.4, 31.9, 50.6, 69.8, 39.2, 88.1, 53.3])
scaled = readings * 0.1
def predict(u, slope, offset):
    return slope * u + offset
def mse(pred, true):
    return (pred - true).pow(2).mean()
wb = torch.tensor([1.0, 0.0], requires_grad=True)
for epoch in range(1, 3001):
    if wb.grad is not None:
        wb.grad.zero_()
    cost = mse(predict(scaled, wb[0], wb[1]), celsius)
    cost.backward()
    with torch.no_grad():
        wb -= 1e-2 * wb.grad
    if epoch % 1000 == 0:
        print('Epoch %d, Loss %f' % (epoch, float(cost)))
print(wb)
wb2 = torch.tensor([1.0, 0.0], requires_grad=True)
opt = torch.optim.SGD([wb2], lr=1e-2)
for epoch in range(500):
    cost = mse(predict(scaled, *wb2), celsius)
    opt.zero_grad()
    cost.backward()
    opt.step()
print(wb2, cost.item())
