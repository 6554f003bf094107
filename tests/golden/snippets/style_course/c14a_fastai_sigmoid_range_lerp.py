# fast.ai-style helpers: sigmoid_range for ratings, lerp_ for an exponential moving average, torch.where losses.
import torch


def sigmoid_range(x, lo, hi):
    return torch.sigmoid(x) * (hi - lo) + lo


torch.manual_seed(1450)
users = torch.randn(4, 3, requires_grad=True)
movies = torch.randn(5, 3, requires_grad=True)
pred = sigmoid_range((users[:, None] * movies[None]).sum(-1), 0, 5.5)
print(pred.shape, pred[0])
ratings = torch.tensor([4.0, 1.0, 5.0, 3.0, 2.0])
loss = torch.nn.functional.mse_loss(pred[0], ratings)
loss.backward()
print(loss.item(), users.grad[0], users.grad[1])
ema = torch.zeros(3)
for step in range(4):
    ema.lerp_(torch.full((3,), float(step + 1)), 0.1)
print(ema, torch.lerp(torch.zeros(2), torch.ones(2), torch.tensor([0.25, 0.75])))
targs = torch.tensor([1, 0, 1])
preds = torch.tensor([0.9, 0.4, 0.2])
print(torch.where(targs == 1, 1 - preds, preds), torch.where(preds > 0.5, preds, 0.0))
