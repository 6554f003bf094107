# Raschka-style softmax regression with manual gradients on one-hot targets, vs F.cross_entropy with autograd.
import torch
import torch.nn.functional as F

def to_onehot(y, num_classes):
    y_onehot = torch.zeros(y.size(0), num_classes)
    y_onehot.scatter_(1, y.view(-1, 1).long(), 1).float()
    return y_onehot

y = torch.tensor([0, 1, 2, 2])
y_enc = to_onehot(y, 3)
print('one-hot encoding:\n', y_enc)
Z = torch.tensor([[-0.3, -0.5, -0.5], [-0.4, -0.1, -0.5], [-0.3, -0.94, -0.5], [-0.99, -0.88, -0.5]])

def softmax(z):
    return (torch.exp(z.t()) / torch.sum(torch.exp(z), dim=1)).t()

smax = softmax(Z)
print('softmax:\n', smax)

def to_classlabel(z):
    return torch.argmax(z, dim=1)

print('predicted class labels: ', to_classlabel(smax))

def cross_entropy(softmax, y_target):
    return -torch.sum(torch.log(softmax) * y_target, dim=1)

ce = cross_entropy(smax, y_enc)
print('Cross Entropy:', ce)
print(F.nll_loss(torch.log(smax), y, reduction='none'))
print(F.cross_entropy(Z, y, reduction='none'))
torch.manual_seed(33)
X = torch.randn(30, 4)
yy = X[:, :3].argmax(1)
W = torch.zeros(4, 3)
b = torch.zeros(3)
W2 = torch.zeros(4, 3, requires_grad=True)
b2 = torch.zeros(3, requires_grad=True)
for epoch in range(4):
    probas = softmax(X @ W + b)
    grad_z = (probas - to_onehot(yy, 3)) / X.size(0)
    W -= 0.5 * X.t() @ grad_z
    b -= 0.5 * grad_z.sum(0)
    loss = F.cross_entropy(X @ W2 + b2, yy)
    loss.backward()
    with torch.no_grad():
        W2 -= 0.5 * W2.grad
        b2 -= 0.5 * b2.grad
        W2.grad = None
        b2.grad = None
    print(epoch, cross_entropy(probas, to_onehot(yy, 3)).mean().item(), loss.item())
print(torch.allclose(W, W2), b, b2)
