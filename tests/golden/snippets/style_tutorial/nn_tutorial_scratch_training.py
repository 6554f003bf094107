# The from-scratch training loop with manual updates under no_grad.
import math
import torch
import torch.nn.functional as F

torch.manual_seed(24)
x_train, y_train = torch.rand(40, 6), torch.randint(0, 3, (40,))
weights = (torch.randn(6, 3) / math.sqrt(6)).requires_grad_()
bias = torch.zeros(3, requires_grad=True)
bs, lr, n = 10, 0.5, 40
for epoch in range(3):
    for i in range((n - 1) // bs + 1):
        start_i = i * bs
        xb = x_train[start_i:start_i + bs]
        yb = y_train[start_i:start_i + bs]
        loss = F.cross_entropy(xb @ weights + bias, yb)
        loss.backward()
        with torch.no_grad():
            weights -= weights.grad * lr
            bias -= bias.grad * lr
            weights.grad.zero_()
            bias.grad.zero_()
    print(epoch, loss.item())
print(bias)
