# fast.ai chapter shape: synthetic "3"s and "7"s, mean images, L1/RMSE distances, then a linear model's accuracy.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
threes = (torch.rand(20, 8, 8) + torch.linspace(0, 1, 8)).clamp(0, 1)
sevens = (torch.rand(20, 8, 8) + torch.linspace(1, 0, 8)).clamp(0, 1)
mean3, mean7 = threes.mean(0), sevens.mean(0)
a_3 = threes[1]
dist_3_abs = (a_3 - mean3).abs().mean()
dist_3_sqr = ((a_3 - mean3) ** 2).mean().sqrt()
print(dist_3_abs, dist_3_sqr)
print(F.l1_loss(a_3.float(), mean7), F.mse_loss(a_3, mean7).sqrt())
def mnist_distance(a, b): return (a - b).abs().mean((-1, -2))
print(mnist_distance(threes, mean3).shape, (mnist_distance(threes, mean3) < mnist_distance(threes, mean7)).float().mean())
train_x = torch.cat([threes, sevens]).view(-1, 64)
train_y = torch.tensor([1] * 20 + [0] * 20).unsqueeze(1)
print(train_x.shape, train_y.shape)
def init_params(size, std=1.0): return (torch.randn(size) * std).requires_grad_()
weights = init_params((64, 1))
bias = init_params(1)
def linear1(xb): return xb @ weights + bias
preds = linear1(train_x)
print(preds[:3])
corrects = (preds > 0.0).float() == train_y
print(corrects.float().mean().item())
def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets == 1, 1 - predictions, predictions).mean()
loss = mnist_loss(preds, train_y)
loss.backward()
print(loss, weights.grad.mean(), bias.grad)
