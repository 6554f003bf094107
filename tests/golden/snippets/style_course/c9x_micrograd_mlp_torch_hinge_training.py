# micrograd demo redone in torch: a 2-16-16-1 MLP on a toy dataset with SVM max-margin loss + L2, printing accuracy.
import torch

torch.manual_seed(1337)
X = torch.randn(40, 2)
y = torch.where((X ** 2).sum(1) > 1.0, 1.0, -1.0)
sizes = [2, 16, 16, 1]
params = []
for a, b in zip(sizes, sizes[1:]):
    W = (torch.rand(a, b) * 2 - 1).requires_grad_()
    bias = torch.zeros(b, requires_grad=True)
    params += [W, bias]
print("number of parameters", sum(p.numel() for p in params))

def model(x):
    for i in range(0, len(params), 2):
        x = x @ params[i] + params[i + 1]
        if i < len(params) - 2:
            x = torch.relu(x)
    return x.squeeze(1)

def loss_fn():
    scores = model(X)
    losses = torch.relu(1 + -y * scores)
    data_loss = losses.mean()
    alpha = 1e-4
    reg_loss = alpha * sum((p * p).sum() for p in params)
    total = data_loss + reg_loss
    accuracy = ((y > 0) == (scores > 0)).float().mean()
    return total, accuracy

total, acc = loss_fn()
print(total, acc)
for k in range(30):
    total, acc = loss_fn()
    for p in params:
        p.grad = None
    total.backward()
    learning_rate = 1.0 - 0.9 * k / 30
    with torch.no_grad():
        for p in params:
            p -= learning_rate * p.grad
    if k % 5 == 0:
        print(f"step {k} loss {total.item()}, accuracy {acc.item() * 100}%")
