# Q: "a leaf Variable that requires grad is being used in an in-place operation" in my manual SGD loop.
import torch

torch.manual_seed(0)
x = torch.randn(20, 1)
y = 2 * x + 1
w = torch.randn(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.1

loss = ((x * w + b - y) ** 2).mean()
loss.backward()
try:
    w -= lr * w.grad
except RuntimeError as e:
    print("RuntimeError:", e)

# Answer: do the update under torch.no_grad() (and zero the grads)
for epoch in range(5):
    loss = ((x * w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    print(epoch, loss.item())
print(w, b)
print(w.is_leaf, w.grad_fn, w.requires_grad)
