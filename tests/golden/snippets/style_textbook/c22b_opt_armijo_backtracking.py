import torch


def booth(z):
    return (z[0] + 2 * z[1] - 7) ** 2 + (2 * z[0] + z[1] - 5) ** 2


z = torch.tensor([-2.0, 4.0], requires_grad=True)
shrink, suff = 0.6, 0.3
for k in range(4):
    val = booth(z)
    grad = torch.autograd.grad(val, z)[0]
    alpha, tries = 1.0, 0
    with torch.no_grad():
        while booth(z - alpha * grad) > val - suff * alpha * grad.dot(grad):
            alpha *= shrink
            tries += 1
        z.sub_(alpha * grad)
    print(f"k={k} booth={val.item():.4f} alpha={alpha:.4f} backtracks={tries}")
print(z.detach())
