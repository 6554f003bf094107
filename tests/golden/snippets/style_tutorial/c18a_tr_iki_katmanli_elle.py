# İki katmanlı ağın ileri ve geri yayılımı: elle türev ve autograd
import torch

torch.manual_seed(10)
X = torch.randn(4, 3)
y = torch.randn(4, 1)
W1 = torch.randn(3, 5, requires_grad=True)
W2 = torch.randn(5, 1, requires_grad=True)
gizli = torch.relu(X @ W1)
tahmin = gizli @ W2
kayıp = ((tahmin - y) ** 2).sum()
kayıp.backward()
d_tahmin = 2 * (tahmin - y)
d_W2 = gizli.T @ d_tahmin
d_gizli = (d_tahmin @ W2.T) * (gizli > 0)
d_W1 = X.T @ d_gizli
print(f"Kayıp: {kayıp.item():.4f}")
print("W2 gradyanı aynı mı?", torch.allclose(d_W2, W2.grad, atol=1e-5))
print("W1 gradyanı aynı mı?", torch.allclose(d_W1, W1.grad, atol=1e-5))
print(W2.grad.T)
