# cs231n two-layer net: scores, softmax loss with L2 reg, analytic grads vs eval_numerical_gradient (float64).
import torch

torch.manual_seed(0)
input_size, hidden_size, num_classes, num_inputs = 4, 10, 3, 5
params = {
    'W1': 1e-1 * torch.randn(input_size, hidden_size, dtype=torch.float64),
    'b1': torch.zeros(hidden_size, dtype=torch.float64),
    'W2': 1e-1 * torch.randn(hidden_size, num_classes, dtype=torch.float64),
    'b2': torch.zeros(num_classes, dtype=torch.float64),
}
X = 10 * torch.randn(num_inputs, input_size, dtype=torch.float64)
y = torch.tensor([0, 1, 2, 2, 1])

def loss_fn(p, reg=0.05):
    h = torch.clamp(X @ p['W1'] + p['b1'], min=0)
    scores = h @ p['W2'] + p['b2']
    scores = scores - scores.max(1, keepdim=True)[0]
    logp = scores - scores.exp().sum(1, keepdim=True).log()
    return -logp[torch.arange(num_inputs), y].mean() + reg * ((p['W1'] ** 2).sum() + (p['W2'] ** 2).sum())

def eval_numerical_gradient(f, x, h=1e-5):
    grad = torch.zeros_like(x)
    flat, gflat = x.view(-1), grad.view(-1)
    for i in range(flat.numel()):
        old = flat[i].item()
        flat[i] = old + h
        fxph = f().item()
        flat[i] = old - h
        fxmh = f().item()
        flat[i] = old
        gflat[i] = (fxph - fxmh) / (2 * h)
    return grad

def rel_error(x, y):
    return ((x - y).abs() / torch.clamp(x.abs() + y.abs(), min=1e-8)).max().item()

loss = loss_fn({k: v.requires_grad_() for k, v in params.items()})
loss.backward()
print('loss %.12f' % loss.item())
for name in sorted(params):
    with torch.no_grad():
        num = eval_numerical_gradient(lambda: loss_fn(params), params[name])
    err = rel_error(num, params[name].grad)
    print('%s max relative error small: %s' % (name, err < 1e-6))
print(params['b1'].grad[:4])
