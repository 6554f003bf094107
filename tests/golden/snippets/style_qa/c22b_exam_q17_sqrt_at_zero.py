import torch

# Q17. Which of these derivatives at zero come out as inf, nan or a finite number?
cases = {
    "sqrt": torch.sqrt,
    "x**0.5": lambda t: t ** 0.5,
    "cbrt": lambda t: torch.sign(t) * t.abs() ** (1 / 3),
    "log": torch.log,
    "x*log(x)": lambda t: t * torch.log(t),
    "xlogy": lambda t: torch.xlogy(t, t),
}
for label, fn in cases.items():
    z = torch.tensor(0.0, requires_grad=True)
    fn(z).backward()
    print(f"{label:9s} {z.grad.item()}")
