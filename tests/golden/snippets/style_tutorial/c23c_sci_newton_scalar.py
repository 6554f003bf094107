# Newton iteration for sqrt(7) as the root of x^2 - 7 with derivative from backward().
import torch

guess = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
trace = []
for _ in range(5):
    fval = guess * guess - 7.0
    guess.grad = None
    fval.backward()
    with torch.no_grad():
        guess.sub_(fval / guess.grad)
    trace.append(round(guess.item(), 12))
print(trace)
print(guess.grad, guess.is_leaf)
