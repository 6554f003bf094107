# matrix_exp printed to the last digit: each Taylor degree (picked by the 1-norm), squarings, batches, gradients.
import torch

K = torch.tensor([[0.0, -1.0], [1.0, 0.0]])
for t in [1e-8, 1e-4, 0.01, 0.3, 1.0, 2.0, 10.0]:
    print(t, torch.matrix_exp(t * K).tolist())
A = torch.tensor([[0.1, 0.7, -0.2], [0.0, -0.3, 0.4], [0.5, 0.1, 0.2]], dtype=torch.float64)
for s in [1e-10, 1e-5, 0.05, 0.25, 1.0, 6.0]:
    print(s, torch.linalg.matrix_exp(s * A)[0].tolist())
batch = torch.stack([0.01 * A, A, 8 * A])
print(torch.linalg.matrix_exp(batch)[:, 1].tolist())
print(torch.equal(torch.linalg.matrix_exp(batch)[0], torch.linalg.matrix_exp(batch[0])))
torch.manual_seed(3)
W = torch.randn(4, 4, requires_grad=True)
E = W.matrix_exp()
loss = (E ** 2).sum()
loss.backward()
print(loss.item(), E.grad_fn)
print(W.grad)
X = torch.randn(2, 3, 3, dtype=torch.float64, requires_grad=True)
torch.linalg.matrix_exp(2 * X).sum().backward()
print(X.grad)
