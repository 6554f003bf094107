# Softmax classifier loss with L2 regularisation, assignment style: stable log-softmax by
# subtracting the row max, the data loss plus reg * ||W||^2, and the analytic gradient check.
import torch

torch.manual_seed(7)
num_train, dim, num_classes = 10, 8, 4
X_dev = torch.randn(num_train, dim)
y_dev = torch.randint(0, num_classes, (num_train,))
W = (0.001 * torch.randn(dim, num_classes)).requires_grad_()
reg = 0.5
logits = X_dev @ W
shifted = logits - logits.amax(dim=1, keepdim=True)
log_probs = shifted - shifted.exp().sum(dim=1, keepdim=True).log()
data_loss = -log_probs.gather(1, y_dev.unsqueeze(1)).mean()
loss = data_loss + reg * W.pow(2).sum()
loss.backward()
print('loss', loss.item(), 'expected near', torch.log(torch.tensor(float(num_classes))).item())
p = log_probs.detach().exp()
p[torch.arange(num_train), y_dev] -= 1
grad_closed = X_dev.T @ p / num_train + 2 * reg * W.detach()
print((grad_closed - W.grad).abs().max().item() < 1e-6)
print(W.grad[:2])
