import torch

# with out=, the parser's refusal still comes first (naming out=), then the autograd check, then the kernel's
X = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
for src in ["torch.diff(X, X, out=torch.empty(0, dtype=torch.long))", "torch.norm(X, X, out=torch.empty(0, dtype=torch.long))",
            "torch.sort(X, X, out=torch.empty(0, dtype=torch.long))", "torch.std(X, X, out=torch.empty(0, dtype=torch.long))",
            "torch.add(X.requires_grad_(), torch.ones(3, 3), out=torch.empty(0))", "torch.add(X, 'a', out=torch.empty(0))",
            "torch.mm(X, X, out=torch.empty(0))", "torch.mm(X.requires_grad_(), X, out=torch.empty(0))", "torch.diff(X, 1.5)",
            "torch.tril(X, out=torch.empty(0, dtype=torch.long))", "torch.sum(X.detach(), 1, out=torch.empty(0))",
            "torch.exp(X.detach(), out=torch.empty(0, dtype=torch.long))", "torch.concat(X, out=torch.empty(7))",
            "torch.randint(X, out=torch.empty(7))"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, str(e).splitlines()[0])
