# cs231n Solver-style loop: minibatches from a generator, loss history, train/val accuracy per epoch, best params.
import torch
import torch.nn.functional as F

def check_accuracy(params, X, y):
    W1, b1, W2, b2 = params
    scores = torch.relu(X @ W1 + b1) @ W2 + b2
    return (scores.argmax(1) == y).float().mean().item()

g = torch.Generator().manual_seed(231)
N, D, H, C = 120, 10, 20, 3
X = torch.randn(N, D, generator=g)
y = (X[:, :3].argmax(1))
X_train, y_train, X_val, y_val = X[:100], y[:100], X[100:], y[100:]
params = [torch.randn(D, H, generator=g) * 1e-1, torch.zeros(H), torch.randn(H, C, generator=g) * 1e-1, torch.zeros(C)]
for p in params:
    p.requires_grad_(True)
loss_history, train_acc_history, val_acc_history = [], [], []
best_val_acc, best_params = 0, None
lr, reg, batch_size = 0.5, 1e-3, 25
for epoch in range(4):
    for it in range(N // batch_size):
        mask = torch.randint(0, 100, (batch_size,), generator=g)
        W1, b1, W2, b2 = params
        scores = torch.relu(X_train[mask] @ W1 + b1) @ W2 + b2
        loss = F.cross_entropy(scores, y_train[mask]) + 0.5 * reg * (W1.pow(2).sum() + W2.pow(2).sum())
        loss_history.append(loss.item())
        for p in params:
            p.grad = None
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad
    with torch.no_grad():
        train_acc = check_accuracy(params, X_train, y_train)
        val_acc = check_accuracy(params, X_val, y_val)
    train_acc_history.append(train_acc)
    val_acc_history.append(val_acc)
    if val_acc > best_val_acc:
        best_val_acc = val_acc
        best_params = [p.detach().clone() for p in params]
    print("(Epoch %d / %d) train acc: %f; val_acc: %f" % (epoch, 4, train_acc, val_acc))
print(len(loss_history), "%.4f" % loss_history[0], "%.4f" % loss_history[-1])
print(best_val_acc, best_params[3])
