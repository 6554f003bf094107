# Intro to deep learning (Udacity-style): one neuron with a sigmoid, then a tiny network by hand with mm.
import torch

def activation(x):
    return 1 / (1 + torch.exp(-x))

torch.manual_seed(7)
features = torch.randn((1, 5))
weights = torch.randn_like(features)
bias = torch.randn((1, 1))
y = activation(torch.sum(features * weights) + bias)
print(y)
y = activation((features * weights).sum() + bias)
print(y)
y = activation(torch.mm(features, weights.view(5, 1)) + bias)
print(y)
try:
    torch.mm(features, weights)
except RuntimeError as e:
    print(e)
n_input = features.shape[1]
n_hidden = 2
W1 = torch.randn(n_input, n_hidden)
W2 = torch.randn(n_hidden, 1)
B1 = torch.randn((1, n_hidden))
B2 = torch.randn((1, 1))
h = activation(torch.mm(features, W1) + B1)
output = activation(torch.mm(h, W2) + B2)
print(output)
print(weights.reshape(5, 1).shape, weights.resize_(5, 1).shape)
