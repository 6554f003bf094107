# Nadaraya-Watson kernel regression: attention weights from a Gaussian kernel, softmax over keys.
import torch
from torch import nn

torch.manual_seed(0)
n_train = 10
x_train, _ = torch.sort(torch.rand(n_train) * 5)

def f(x):
    return 2 * torch.sin(x) + x ** 0.8

y_train = f(x_train) + torch.normal(0.0, 0.5, (n_train,))
x_test = torch.arange(0, 5, 0.5)
X_repeat = x_test.repeat_interleave(n_train).reshape((-1, n_train))
attention_weights = nn.functional.softmax(-(X_repeat - x_train) ** 2 / 2, dim=1)
y_hat = torch.matmul(attention_weights, y_train)
print(attention_weights.shape)
print(attention_weights[0])
print(y_hat)
print(torch.bmm(torch.ones((2, 1, 4)), torch.ones((2, 4, 6))).shape)
weights = torch.ones((2, 10)) * 0.1
values = torch.arange(20.0).reshape((2, 10))
print(torch.bmm(weights.unsqueeze(1), values.unsqueeze(-1)))
