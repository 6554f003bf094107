# fast.ai "from the foundations" shape: a hand-rolled fit() over index slices, accuracy(), params updated in place.
import torch
import torch.nn.functional as F

torch.manual_seed(42)
n_rows, n_feat, n_hid, n_cls = 60, 8, 16, 3
x_train = torch.randn(n_rows, n_feat)
y_train = (x_train[:, :3].argmax(1) + (x_train[:, 3] > 1).long()) % n_cls
layers = [torch.nn.Linear(n_feat, n_hid), torch.nn.ReLU(), torch.nn.Linear(n_hid, n_cls)]
def forward(xb):
    for layer in layers: xb = layer(xb)
    return xb
def accuracy(out, yb): return (torch.argmax(out, dim=1) == yb).float().mean()
loss_func = F.cross_entropy
bs, lr, epochs = 16, 0.3, 3
for epoch in range(epochs):
    for i in range((n_rows - 1) // bs + 1):
        s_i = slice(i * bs, (i + 1) * bs)
        xb, yb = x_train[s_i], y_train[s_i]
        loss = loss_func(forward(xb), yb)
        loss.backward()
        with torch.no_grad():
            for l in layers:
                if hasattr(l, 'weight'):
                    l.weight -= l.weight.grad * lr
                    l.bias -= l.bias.grad * lr
                    l.weight.grad.zero_()
                    l.bias.grad.zero_()
    print(epoch, loss.item(), accuracy(forward(x_train), y_train).item())
print(xb.shape, yb)
