# Q: storing losses in a list: loss vs loss.item() vs loss.detach() - types, requires_grad and summing.
import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
history_t, history_f, history_d = [], [], []
for step in range(3):
    loss = ((w - torch.tensor([0.5, 0.5])) ** 2).sum()
    history_t.append(loss)
    history_f.append(loss.item())
    history_d.append(loss.detach())
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
print(history_t)
print(history_f)
print(history_d)
print(sum(history_t), sum(history_f), torch.stack(history_d).mean())
print(type(sum(history_f)).__name__, sum(history_t).grad_fn.name())
print(torch.tensor(history_f), torch.tensor(history_f).dtype)
print(f"{history_t[-1]:.4f}", f"{history_d[-1].item():.6f}")
