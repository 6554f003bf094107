import torch


def quantile_huber(pred, target, tau, kappa=1.0):
    u = target - pred
    huber = torch.where(u.abs() <= kappa, 0.5 * u ** 2, kappa * (u.abs() - 0.5 * kappa))
    return (torch.abs(tau - (u < 0).float()) * huber / kappa).mean()


pred = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
target = torch.tensor([0.5, 3.0, 1.0])
loss = quantile_huber(pred, target, tau=0.9)
loss.backward()
print(f"{loss.item():.5f}", pred.grad)
