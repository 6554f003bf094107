import torch

# Meta-learn a softmax temperature so the target class gets probability ~0.9
log_t = torch.tensor(0.0, requires_grad=True)
logits = torch.tensor([2.0, 1.0, 0.0])
opt = torch.optim.SGD([log_t], lr=0.5)
for step in range(5):
    p = torch.softmax(logits / log_t.exp(), dim=0)
    loss = (p[0] - 0.9) ** 2
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, f"{p[0].item():.4f}", f"{log_t.item():.4f}")
