# Temperature fit with autograd: randperm train/validation split, validation loss under torch.no_grad().
import torch
import torch.optim as optim

t_c = torch.tensor([1.0, 9.5, 16.0, 22.5, 4.0, -3.0, 11.0, 27.0, 7.5, 19.0]).unsqueeze(1)
t_u = torch.tensor([34.1, 49.3, 61.2, 72.9, 39.6, 26.8, 52.0, 80.4, 45.7, 66.1]).unsqueeze(1)
torch.manual_seed(4)
shuffled = torch.randperm(t_u.shape[0])
n_val = int(0.2 * t_u.shape[0])
train_idx, val_idx = shuffled[:-n_val], shuffled[-n_val:]
print(train_idx, val_idx)
train_u, val_u = 0.1 * t_u[train_idx], 0.1 * t_u[val_idx]
params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = optim.SGD([params], lr=1e-2)
for epoch in range(1, 1001):
    train_loss = ((params[0] * train_u + params[1] - t_c[train_idx]) ** 2).mean()
    with torch.no_grad():
        val_loss = ((params[0] * val_u + params[1] - t_c[val_idx]) ** 2).mean()
        assert val_loss.requires_grad == False
    optimizer.zero_grad()
    train_loss.backward()
    optimizer.step()
    if epoch <= 2 or epoch % 250 == 0:
        print(f'Epoch {epoch}, Training loss {train_loss.item():.4f}, Validation loss {val_loss.item():.4f}')
print(params, params.grad)
