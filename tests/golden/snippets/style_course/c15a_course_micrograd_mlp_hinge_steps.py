# micrograd demo in torch: a tiny tanh MLP trained with a max-margin loss, printed each step
import torch

torch.manual_seed(1337)
xs = torch.tensor([[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]], dtype=torch.float64)
ys = torch.tensor([1.0, -1.0, -1.0, 1.0], dtype=torch.float64)
W1 = (torch.rand(3, 4, dtype=torch.float64) * 2 - 1).requires_grad_()
W2 = (torch.rand(4, 1, dtype=torch.float64) * 2 - 1).requires_grad_()
params = [W1, W2]
print(sum(p.nelement() for p in params))
for k in range(6):
    scores = ((xs @ W1).tanh() @ W2).squeeze(1)
    data_loss = (1 + -ys * scores).relu().mean()
    reg_loss = 1e-4 * sum((p * p).sum() for p in params)
    total_loss = data_loss + reg_loss
    accuracy = ((scores > 0) == (ys > 0)).float().mean()
    for p in params:
        p.grad = None
    total_loss.backward()
    learning_rate = 1.0 - 0.9 * k / 6
    with torch.no_grad():
        for p in params:
            p -= learning_rate * p.grad
    print(f"step {k} loss {total_loss.item()}, accuracy {accuracy.item()*100}%")
print(scores)
