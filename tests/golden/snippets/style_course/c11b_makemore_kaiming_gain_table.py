# Kaiming init table: std of activations after 5 layers for different gains and nonlinearities.
import torch

torch.manual_seed(0)
x = torch.randn(1000, 100)
print(f"{'nonlin':8s} {'gain':>6s} {'layer stds'}")
for name, fn, gain in [("linear", lambda t: t, 1.0), ("tanh", torch.tanh, 1.0),
                       ("tanh", torch.tanh, 5 / 3), ("relu", torch.relu, 2 ** 0.5)]:
    h = x
    stds = []
    for _ in range(5):
        W = torch.randn(100, 100) * gain / 100 ** 0.5
        h = fn(h @ W)
        stds.append(h.std().item())
    print(f"{name:8s} {gain:6.3f} " + " ".join(f"{s:.2f}" for s in stds))
print(torch.nn.init.calculate_gain('tanh'), torch.nn.init.calculate_gain('relu'))
print(torch.nn.init.calculate_gain('leaky_relu', 0.2), torch.nn.init.calculate_gain('selu'))
w = torch.empty(200, 100)
torch.nn.init.kaiming_normal_(w, mode='fan_in', nonlinearity='relu')
print(round(w.std().item(), 2), round((2 / 100) ** 0.5, 4))
torch.nn.init.kaiming_uniform_(w, a=5 ** 0.5)
print(w.abs().max().item() <= 1 / 100 ** 0.5, w.shape)
