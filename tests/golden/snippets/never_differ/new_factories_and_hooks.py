import torch

# new_zeros/new_ones/new_empty need a size; hooks need a tensor that requires grad
x = torch.tensor([[1.5, -2.0], [0.5, 4.0]])
for src in ["x.new_zeros()", "x.new_ones()", "x.new_empty()", "x.new_zeros(size=(2, 3))", "x.new_ones(3, dtype=torch.long)",
            "x.new_full(2, 3)", "x.new_full((2,), 3)", "x.new_zeros((2, 1))", "x.new_empty(2, 2).shape",
            "x.register_post_accumulate_grad_hook(print)", "x.register_hook(print)"]:
    try:
        print(src, eval(src))
    except (TypeError, RuntimeError) as e:
        print(src, "->", type(e).__name__, e)
