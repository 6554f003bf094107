# Linear regression from scratch, textbook style but my own helpers: generated data, a generator
# of shuffled minibatches, a model function, half squared error, and a plain SGD update.
import random
import torch

torch.manual_seed(1)
random.seed(1)
w_true, b_true = torch.tensor([1.7, -2.9, 0.4]), 3.1
feats = torch.normal(0, 1, (500, 3))
labels = (feats @ w_true + b_true + torch.normal(0, 0.01, (500,))).unsqueeze(1)
print('first example:', feats[0], labels[0])
def batches(size):
    order = list(range(len(feats)))
    random.shuffle(order)
    for start in range(0, len(order), size):
        pick = torch.tensor(order[start:start + size])
        yield feats[pick], labels[pick]
model = lambda X, w, b: X @ w + b
w = torch.normal(0, 0.01, size=(3, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, bs = 0.03, 10
for epoch in range(3):
    for Xb, yb in batches(bs):
        ((model(Xb, w, b) - yb) ** 2 / 2).sum().backward()
        with torch.no_grad():
            for prm in (w, b):
                prm -= lr * prm.grad / bs
                prm.grad.zero_()
    with torch.no_grad():
        full = ((model(feats, w, b) - labels) ** 2 / 2).mean()
    print(f'epoch {epoch + 1}, loss {float(full):f}')
print('w error:', w_true - w.reshape(w_true.shape))
print('b error:', b_true - b)
