# init_params(size, std) and a linear model over flattened images.
import torch

def init_params(size, std=1.0):
    return (torch.randn(size)*std).requires_grad_()

torch.manual_seed(0)
weights = init_params((28*28, 1))
bias = init_params(1)
print(weights.shape, bias)
train_x = torch.rand(4, 28*28)
preds = train_x @ weights + bias
print(preds)
print((preds > 0.0).float())
print((train_x[0]*weights.T).sum() + bias)
