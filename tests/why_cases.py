"""Golden scenarios for ``:why``: a short learner-style session per cause, the expression asked
about, and the cause it must name. ``tools/record_why.py`` runs them on real PyTorch and writes
the verdicts to ``tests/data/why/``; ``tests/test_why.py`` runs them on the embedded engine and
compares. Each input is one REPL entry.
"""
from __future__ import annotations

from typing import Any

W = "w = torch.tensor([1., 2.], requires_grad=True)"
W4 = "w = torch.tensor([-1., 2., -3., 4.], requires_grad=True)"
W3 = "w = torch.tensor([0., 2., -1.], requires_grad=True)"

SCENARIOS: dict[str, dict[str, Any]] = {
    "no_backward": {"inputs": [W, "loss = (w * 3).sum()"], "expr": "w.grad"},
    "non_leaf": {"inputs": ["x = torch.tensor([1., 2.], requires_grad=True)",
                            "y = torch.tensor([2., 4.], requires_grad=True)",
                            "z = 6*x**2 - 2*y**3",
                            "z.backward(gradient=torch.tensor([1., 1.]))"], "expr": "z.grad"},
    "no_requires_grad": {"inputs": ["w = torch.tensor([1., 2.])", "loss = (w * 3).sum()"],
                         "expr": "w.grad"},
    "frozen": {"inputs": ["_ = torch.manual_seed(0)", "model = torch.nn.Sequential(torch.nn.Linear(3, 2), "
                          "torch.nn.Linear(2, 1))", "for p in model[0].parameters():\n    p.requires_grad = False",
                          "model(torch.ones(4, 3)).sum().backward()"], "expr": "model[0].weight.grad"},
    "no_grad": {"inputs": [W, "with torch.no_grad():\n    y = w * 2"], "expr": "y.grad"},
    "cut_upstream": {"inputs": [W, "with torch.no_grad():\n    y = w * 2", "loss = y.sum()",
                                "loss.backward()"], "expr": "loss.grad"},
    "inference_mode": {"inputs": [W, "with torch.inference_mode():\n    y = w * 2"], "expr": "y"},
    "detached": {"inputs": [W, "y = w.detach() * 2"], "expr": "y.grad"},
    "detached_item": {"inputs": [W, "y = torch.tensor(w.sum().item())"], "expr": "y.grad",
                      "cause": "detached"},
    "not_on_path": {"inputs": [W, "b = torch.tensor([0.5], requires_grad=True)",
                               "loss = (w * 2).sum()", "loss.backward()"], "expr": "b.grad"},
    "reassigned": {"inputs": [W, "loss = (w ** 2).sum()", "loss.backward()",
                              "w = w - 0.1 * w.grad"], "expr": "w.grad"},
    "reassigned_in_one_input": {"inputs": ["w = torch.tensor([1., 2.], requires_grad=True)\n"
                                           "for step in range(2):\n"
                                           "    (w ** 2).sum().backward()\n"
                                           "    w = w - 0.1 * w.grad\n"
                                           "    break"], "expr": "w", "cause": "reassigned"},
    "reassigned_no_grad": {"inputs": [W, "loss = (w ** 2).sum()", "loss.backward()",
                                      "with torch.no_grad():\n    w = w - 0.1 * w.grad"],
                           "expr": "w.grad"},
    "inputs_no_grad": {"inputs": [W, "loss = (w * 3).sum()", "xx = torch.tensor([1., 2.])",
                                  "loss = (xx * 2).sum()"], "expr": "loss.grad"},
    "zeroed_none": {"inputs": [W, "opt = torch.optim.SGD([w], lr=0.1)", "loss = (w ** 2).sum()",
                               "loss.backward()", "opt.step()", "opt.zero_grad()"], "expr": "w.grad"},
    "cleared_by_hand": {"inputs": [W, "loss = (w ** 2).sum()", "loss.backward()", "w.grad = None"],
                        "expr": "w.grad"},
    "hook": {"inputs": [W, "h = w.register_post_accumulate_grad_hook(lambda p: setattr(p, 'grad', None))",
                        "loss = (w ** 2).sum()", "loss.backward()"], "expr": "w.grad"},
    "hook_changed": {"inputs": [W, "h = w.register_hook(lambda g: g * 0)", "loss = (w * 3).sum()",
                                "loss.backward()"], "expr": "w.grad"},
    "hook_changed_intermediate": {"inputs": [W, "y = w * 3", "h = y.register_hook(lambda g: g * 2)",
                                             "y.sum().backward()"], "expr": "w.grad", "cause": "hook_changed"},
    "backward_failed": {"inputs": [W, "z = w * 2", "z.backward()"], "expr": "w.grad"},
    "nan_sqrt": {"inputs": ["x = torch.tensor([0., 4.], requires_grad=True)",
                            "y = torch.sqrt(x).sum()", "y.backward()"], "expr": "x.grad",
                 "cause": "nan_node"},
    "nan_log": {"inputs": ["x = torch.tensor([0., 1.], requires_grad=True)",
                           "y = torch.log(x).clamp(min=-10.).sum()", "y.backward()"], "expr": "x.grad",
                "cause": "nan_node"},
    "nan_div": {"inputs": ["x = torch.tensor([1., 2.], requires_grad=True)",
                           "d = torch.tensor([0., 1.], requires_grad=True)",
                           "y = (x / d).clamp(max=10.).sum()", "y.backward()"], "expr": "d.grad",
                "cause": "nan_node"},
    "nan_where": {"inputs": ["x = torch.tensor([0., 4.], requires_grad=True)",
                             "y = torch.where(x > 0, torch.sqrt(x), torch.zeros_like(x)).sum()",
                             "y.backward()"], "expr": "x.grad", "cause": "nan_node"},
    "nan_exp": {"inputs": ["x = torch.tensor([1000., 0.], requires_grad=True)",
                           "y = torch.exp(x).clamp(max=1.).sum()", "y.backward()"], "expr": "x.grad",
                "cause": "nan_node"},
    "nan_earlier": {"inputs": ["v = torch.tensor([[0., 0.], [3., 4.]], requires_grad=True)",
                               "torch.sqrt((v ** 2).sum(1)).sum().backward()",
                               "torch.sqrt((v ** 2).sum(1) + 1e-12).sum().backward()"], "expr": "v.grad"},
    "nan_earlier_forward": {"inputs": ["x = torch.tensor([-1., 4.], requires_grad=True)",
                                       "torch.sqrt(x).sum().backward()", "(x * 2).sum().backward()"],
                            "expr": "x.grad", "cause": "nan_earlier"},
    "nan_forward": {"inputs": ["x = torch.tensor([-1., 4.], requires_grad=True)",
                               "y = torch.sqrt(x).sum()", "y.backward()"], "expr": "x.grad"},
    "masked_relu": {"inputs": [W4, "loss = torch.relu(w).sum()", "loss.backward()"], "expr": "w.grad",
                    "cause": "masked"},
    "masked_clamp": {"inputs": [W4, "loss = w.clamp(min=0.).sum()", "loss.backward()"], "expr": "w.grad",
                     "cause": "masked"},
    "masked_max": {"inputs": [W4, "loss = w.max()", "loss.backward()"], "expr": "w.grad",
                   "cause": "masked"},
    "zero_op": {"inputs": [W4, "loss = torch.round(w * 2).sum()", "loss.backward()"], "expr": "w.grad"},
    "zero_op_sign": {"inputs": [W4, "loss = (torch.sign(w) * 3).sum()", "loss.backward()"],
                     "expr": "w.grad", "cause": "zero_op"},
    # the prediction equals the target: the error, and so every gradient, is exactly 0
    "zero_error": {"inputs": ["w = torch.tensor([2.], requires_grad=True)", "x = torch.tensor([3.])",
                              "y_true = torch.tensor([6.])", "loss = ((w * x - y_true) ** 2).mean()",
                              "loss.backward()"], "expr": "w.grad"},
    "zero_error_mse": {"inputs": ["nn = torch.nn", "model = nn.Linear(1, 1)",
                                  "with torch.no_grad():\n    model.weight.fill_(2.)\n    model.bias.fill_(1.)",
                                  "x = torch.tensor([[1.], [2.]])", "y = torch.tensor([[3.], [5.]])",
                                  "loss_fn = nn.MSELoss()", "loss = loss_fn(model(x), y)", "loss.backward()"],
                       "expr": "model.weight.grad", "cause": "zero_error"},
    "zero_error_abs": {"inputs": [W, "t = torch.tensor([1., 2.])", "loss = (w - t).abs().sum()",
                                  "loss.backward()"], "expr": "w.grad", "cause": "zero_error"},
    # a factor of 0: the gradient to the other factor is the incoming one times 0
    "zero_factor": {"inputs": [W, "(w * 0).sum().backward()"], "expr": "w.grad"},
    "zero_factor_input": {"inputs": [W, "x = torch.tensor([0., 3.])", "loss = (w * x).sum()", "loss.backward()"],
                          "expr": "w.grad", "cause": "zero_factor"},
    "zero_factor_mask": {"inputs": [W4, "loss = ((w > 0) * w).sum()", "loss.backward()"], "expr": "w.grad",
                         "cause": "zero_factor"},
    # a layer's input of zeros: the weight's gradient is the input times the incoming gradient
    "zero_factor_linear": {"inputs": ["model = torch.nn.Linear(2, 1)", "x = torch.zeros(4, 2)",
                                      "loss = model(x).sum()", "loss.backward()"],
                           "expr": "model.weight.grad", "cause": "zero_factor"},
    # sigmoid(30) and tanh(40) are exactly 1 in float32: the slope there is 0
    "saturated": {"inputs": ["w = torch.tensor([30., 0.5], requires_grad=True)", "loss = torch.sigmoid(w).sum()",
                             "loss.backward()"], "expr": "w.grad"},
    "saturated_tanh": {"inputs": ["w = torch.tensor([20., -0.5], requires_grad=True)",
                                  "loss = torch.tanh(w * 2).sum()", "loss.backward()"],
                       "expr": "w.grad", "cause": "saturated"},
    "zeroed": {"inputs": [W, "loss = (w * 3).sum()", "loss.backward()", "w.grad.zero_()"], "expr": "w.grad"},
    "zeroed_by_optimizer": {"inputs": [W, "opt = torch.optim.SGD([w], lr=0.1)", "loss = (w ** 2).sum()",
                                       "loss.backward()", "opt.zero_grad(set_to_none=False)"],
                            "expr": "w.grad", "cause": "zeroed"},
    # the statement reads a tensor that requires grad, yet its result does not
    "integer_result": {"inputs": [W, "i = w.long()"], "expr": "i.grad"},
    "integer_result_compare": {"inputs": [W, "m = w > 1"], "expr": "m.grad", "cause": "integer_result"},
    "integer_result_argmax": {"inputs": [W, "k = w.argmax()"], "expr": "k.grad", "cause": "integer_result"},
    # PyTorch warns of the conversion to a number, as it does for the learner
    "new_tensor": {"inputs": [W, "y = torch.tensor([w[0] * 2, w[1] * 3])"], "expr": "y.grad", "warns": True},
    "grad_disabled": {"inputs": [W, "torch.set_grad_enabled(False)", "y = w * 2", "torch.set_grad_enabled(True)"],
                      "expr": "y.grad"},
    "unused_elements_unbind": {"inputs": ["w = torch.tensor([1., 2., 3.], requires_grad=True)",
                                          "a, b, c = w.unbind()", "loss = a * 2", "loss.backward()"],
                               "expr": "w.grad", "cause": "unused_elements"},
    "unused_elements": {"inputs": [W4, "loss = w[0] * 2", "loss.backward()"], "expr": "w.grad"},
    "accumulated": {"inputs": [W, "for _ in range(3):\n    (w * 2).mean().backward()"], "expr": "w.grad"},
    "used_twice": {"inputs": [W, "loss = (w * 3 + w ** 2).mean()", "loss.backward()"], "expr": "w.grad"},
    # a weight shared by 1000 rows: each of its gradients adds 1000 terms, 1000 times a mean's
    "sum_not_mean": {"inputs": ["x = torch.ones(1000, 2)", W, "loss = (x * w).sum()", "loss.backward()"],
                     "expr": "w.grad"},
    # an ordinary sum: few elements, or a gradient no larger than one term's
    "sum_small": {"inputs": ["x = torch.tensor([1., 2.], requires_grad=True)", "y = (x * 3).sum()",
                             "y.backward()"], "expr": "x.grad", "cause": "fine"},
    "sum_large_small_grad": {"inputs": ["w = torch.ones(1000, requires_grad=True)", "loss = (w * 3).sum()",
                                        "loss.backward()"], "expr": "w.grad", "cause": "fine"},
    "fine": {"inputs": [W, "loss = (w * 3).mean()", "loss.backward()"], "expr": "w.grad"},
    "not_tensor": {"inputs": ["w = 3"], "expr": "w.grad"},
    "module_no_grads": {"inputs": ["model = torch.nn.Linear(2, 1)"], "expr": "model"},
    "module_jump": {"inputs": [
        "model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Tanh(), torch.nn.Linear(2, 1))",
        "with torch.no_grad():\n    model[0].weight.fill_(0.001)\n    model[0].bias.fill_(0.)\n"
        "    model[2].weight.fill_(1000.)\n    model[2].bias.fill_(0.)",
        "loss = model(torch.tensor([[1., 2.]])).sum()", "loss.backward()"], "expr": "model"},
    "module_even": {"inputs": [
        "model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Linear(2, 1))",
        "with torch.no_grad():\n    model[0].weight.fill_(0.5)\n    model[0].bias.fill_(0.5)\n"
        "    model[1].weight.fill_(0.5)\n    model[1].bias.fill_(0.5)",
        "loss = model(torch.tensor([[1., 2.]])).sum()", "loss.backward()"], "expr": "model"},
    # an input feature that is 0 in every sample: its column of x meets one row of the other factor
    "zero_factor_columns": {"inputs": ["w = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)",
                                       "x = torch.tensor([[1., 0.], [2., 0.]])", "loss = (x @ w).sum()",
                                       "loss.backward()"], "expr": "w.grad", "cause": "zero_factor"},
    "zero_factor_linear_feature": {"inputs": ["model = torch.nn.Linear(2, 1)", "x = torch.tensor([[0., 1.], [0., 2.]])",
                                              "loss = model(x).sum()", "loss.backward()"],
                                   "expr": "model.weight.grad", "cause": "zero_factor"},
    # a kink or a flat point exactly at 0
    "flat_at_zero": {"inputs": ["w = torch.tensor([0., 2.], requires_grad=True)", "loss = w.abs().sum()",
                                "loss.backward()"], "expr": "w.grad"},
    "flat_at_zero_pow": {"inputs": ["w = torch.tensor([0., 2.], requires_grad=True)", "loss = (w ** 2).sum()",
                                    "loss.backward()"], "expr": "w.grad", "cause": "flat_at_zero"},
    "flat_at_zero_relu": {"inputs": ["w = torch.tensor([0., 2.], requires_grad=True)", "loss = torch.relu(w).sum()",
                                     "loss.backward()"], "expr": "w.grad", "cause": "flat_at_zero"},
    "flat_at_zero_error": {"inputs": [W, "t = torch.tensor([1., 1.])", "loss = ((w - t) ** 2).sum()",
                                      "loss.backward()"], "expr": "w.grad", "cause": "flat_at_zero"},
    # two paths whose gradients add up to 0
    "cancelled": {"inputs": [W, "loss = (w - w).sum()", "loss.backward()"], "expr": "w.grad"},
    "cancelled_negated": {"inputs": [W, "loss = (w + (-w)).sum()", "loss.backward()"], "expr": "w.grad",
                          "cause": "cancelled"},
    "cancelled_inside": {"inputs": [W, "y = w * 3", "loss = (y - y).sum()", "loss.backward()"], "expr": "w.grad",
                         "cause": "cancelled"},
    # a helper that turns recording off
    "no_grad_function": {"inputs": [W, "@torch.no_grad()\ndef f(t):\n    return t * 2", "y = f(w)"],
                         "expr": "y.grad"},
    "no_grad_function_block": {"inputs": [W, "def f(t):\n    with torch.no_grad():\n        return t * 2", "y = f(w)"],
                               "expr": "y.grad", "cause": "no_grad_function"},
    # one use of w goes through a copy without a graph: w.grad is only the other use's part
    "detached_path": {"inputs": [W, "loss = (w * w.detach()).sum()", "loss.backward()"], "expr": "w.grad"},
    "detached_path_data": {"inputs": [W, "loss = (w * w.data + w).sum()", "loss.backward()"], "expr": "w.grad",
                           "cause": "detached_path"},
    # a tensor made from w with recording off, used next to w: that use passes nothing back
    "cut_path": {"inputs": [W, "with torch.no_grad():\n    y = w * 2", "loss = (y * w).sum()", "loss.backward()"],
                 "expr": "w.grad"},
    "cut_path_function": {"inputs": [W, "@torch.no_grad()\ndef f(t):\n    return t * 2", "loss = (f(w) * w).sum()",
                                     "loss.backward()"], "expr": "w.grad", "cause": "cut_path"},
    "cut_path_detached": {"inputs": [W, "y = w.detach() * 3", "loss = (y * w).sum()", "loss.backward()"],
                          "expr": "w.grad", "cause": "cut_path"},
    "compared": {"inputs": [W, "y = torch.where(w > 1, 1., 0.)"], "expr": "y.grad"},
    "masked_where": {"inputs": [W4, "loss = torch.where(w > 0, w, torch.zeros_like(w)).sum()", "loss.backward()"],
                     "expr": "w.grad", "cause": "masked"},
    "masked_clamp_both": {"inputs": [W4, "loss = w.clamp(-2., 2.).sum()", "loss.backward()"], "expr": "w.grad",
                          "cause": "masked"},
    "masked_hardtanh": {"inputs": [W4, "loss = torch.nn.functional.hardtanh(w).sum()", "loss.backward()"],
                        "expr": "w.grad", "cause": "masked"},
    "masked_max_tie": {"inputs": ["w = torch.tensor([3., 1., 3.], requires_grad=True)", "loss = w.max()",
                                  "loss.backward()"], "expr": "w.grad", "cause": "masked"},
    "masked_max_dim": {"inputs": ["w = torch.tensor([[3., 3.], [1., 2.]], requires_grad=True)",
                                  "loss = w.max(dim=1).values.sum()", "loss.backward()"], "expr": "w.grad",
                       "cause": "masked"},
    "masked_amax_tie": {"inputs": ["w = torch.tensor([3., 1., 3.], requires_grad=True)", "loss = w.amax()",
                                   "loss.backward()"], "expr": "w.grad", "cause": "masked"},
    "tied": {"inputs": [W, "v = torch.tensor([1., 0.])", "loss = torch.maximum(w, v).sum()", "loss.backward()"],
             "expr": "w.grad"},
    "zero_op_floor": {"inputs": [W4, "loss = torch.floor(w).sum()", "loss.backward()"], "expr": "w.grad",
                      "cause": "zero_op"},
    "zero_op_div_floor": {"inputs": [W4, "loss = torch.div(w, 2, rounding_mode='floor').sum()", "loss.backward()"],
                          "expr": "w.grad", "cause": "zero_op"},
    # an earlier backward worked but never reached w; the one that would have, failed
    "reaching_backward_failed": {"inputs": ["v = torch.tensor([1., 2.], requires_grad=True)",
                                            "(v * 2).sum().backward()", W, "p = w.sigmoid()", "p.mul_(2)",
                                            "loss = p.sum()", "loss.backward()"],
                                 "expr": "w.grad"},
    # // has no derivative in PyTorch: backward raises, and the verdict names that error
    "backward_failed_floor_divide": {"inputs": [W4, "loss = (w // 2).sum()", "loss.backward()"], "expr": "w.grad",
                                     "cause": "backward_failed"},
    # every path to w passes back 0 at the same elements, each for its own reason
    "zero_paths": {"inputs": [W3, "loss = (w.abs() + w ** 2).sum()", "loss.backward()"], "expr": "w.grad"},
    "zero_paths_relu_abs": {"inputs": [W3, "loss = (torch.relu(w) + w.abs()).sum()", "loss.backward()"],
                            "expr": "w.grad", "cause": "zero_paths"},
    "zero_paths_round": {"inputs": [W3, "loss = (torch.round(w) + w * 0).sum()", "loss.backward()"],
                         "expr": "w.grad", "cause": "zero_paths"},
    "zero_paths_sign": {"inputs": [W3, "loss = (torch.sign(w) * w).sum()", "loss.backward()"],
                        "expr": "w.grad", "cause": "zero_paths"},
    "zero_paths_where": {"inputs": [W3, "loss = torch.where(w > 0, w * 2, w * 0.).sum()", "loss.backward()"],
                         "expr": "w.grad", "cause": "zero_paths"},
    "zero_paths_clamp": {"inputs": [W3, "loss = (w.clamp(min=1.) + torch.relu(w - 3)).sum()", "loss.backward()"],
                         "expr": "w.grad", "cause": "zero_paths"},
    "zero_paths_amax": {"inputs": [W3, "loss = w.amax() + torch.relu(w).sum()", "loss.backward()"],
                        "expr": "w.grad", "cause": "zero_paths"},
    # the gradient to an exponent: a ** b · ln(a), 0 where the base a is 1 or 0
    "pow_exponent": {"inputs": ["e = torch.tensor([1., 2., 3.], requires_grad=True)",
                                "loss = (torch.tensor([1., 0., 2.]) ** e).sum()", "loss.backward()"], "expr": "e.grad"},
    "pow_exponent_named": {"inputs": ["e = torch.tensor([1., 2.], requires_grad=True)",
                                      "a = torch.tensor([1., 3.], requires_grad=True)",
                                      "loss = (a ** e).sum()", "loss.backward()"], "expr": "e.grad",
                           "cause": "pow_exponent"},
    "pow_exponent_constant": {"inputs": ["e = torch.tensor([1., 2., 3.], requires_grad=True)",
                                         "base = torch.tensor([1., 0., 2.])", "(base ** e).sum().backward()"],
                              "expr": "e.grad", "cause": "pow_exponent"},
    "pow_exponent_scalar": {"inputs": ["e = torch.tensor([1., 2.], requires_grad=True)", "loss = (1 ** e).sum()",
                                       "loss.backward()"], "expr": "e.grad", "cause": "pow_exponent"},
    # a graph of over 60 nodes: read for its flat points, too big to replay
    "flat_at_zero_long_chain": {"inputs": [W3, "y = w\nfor i in range(40):\n    y = y * 1.0 + 0.0",
                                           "loss = y.abs().sum()", "loss.backward()"], "expr": "w.grad",
                                "cause": "flat_at_zero"},
    # leaky_relu with a negative slope of 0 is a relu; hardtanh passes nothing at exactly its limits
    # (clamp does); a norm of the zero vector has gradient 0
    "masked_max_dim_tie": {"inputs": ["w = torch.tensor([[2., 2., 1.], [0., 3., 3.]], requires_grad=True)",
                                      "loss = w.max(dim=1).values.sum()", "loss.backward()"], "expr": "w.grad",
                           "cause": "masked"},
    "masked_min_dim_tie": {"inputs": ["w = torch.tensor([[2., 1., 1.]], requires_grad=True)",
                                      "loss = w.min(dim=1)[0].sum()", "loss.backward()"], "expr": "w.grad",
                           "cause": "masked"},
    "masked_leaky_relu_slope_0": {"inputs": [W3, "act = torch.nn.LeakyReLU(0.0)", "loss = act(w).sum()",
                                             "loss.backward()"], "expr": "w.grad", "cause": "masked"},
    # elu with alpha 0 and PReLU with weight 0 are relus too: their slope below 0 is 0
    "masked_elu_alpha_0": {"inputs": [W3, "loss = torch.nn.functional.elu(w, alpha=0.).sum()", "loss.backward()"],
                           "expr": "w.grad", "cause": "masked"},
    "masked_prelu_weight_0": {"inputs": [W3, "act = torch.nn.PReLU()",
                                         "with torch.no_grad():\n    act.weight.zero_()",
                                         "loss = act(w).sum()", "loss.backward()"],
                              "expr": "w.grad", "cause": "masked"},
    "masked_hardtanh_at_limits": {"inputs": ["w = torch.tensor([1., 0.5, -1.], requires_grad=True)",
                                             "loss = torch.nn.functional.hardtanh(w).sum()", "loss.backward()"],
                                  "expr": "w.grad", "cause": "masked"},
    "flat_at_zero_norm": {"inputs": ["w = torch.zeros(3, requires_grad=True)", "loss = w.norm()", "loss.backward()"],
                          "expr": "w.grad", "cause": "flat_at_zero"},
    # graphs too big to replay (over 60 nodes): hooks on the learner's own backward find the node
    "nan_long_chain": {"inputs": ["w = torch.tensor([0., 1.], requires_grad=True)",
                                  "y = w\nfor i in range(40):\n    y = y * 1.0 + 0.0",
                                  "loss = y.sqrt().sum()", "loss.backward()"], "expr": "w.grad",
                       "cause": "nan_node"},
    "nan_long_chain_acos": {"inputs": ["w = torch.tensor([1., 0.5], requires_grad=True)",
                                       "y = w\nfor i in range(40):\n    y = y * 1.0 + 0.0",
                                       "loss = torch.acos(y).sum()", "loss.backward()"], "expr": "w.grad",
                            "cause": "nan_node"},
    "nan_long_chain_reciprocal": {"inputs": ["w = torch.tensor([0., 1.], requires_grad=True)",
                                             "y = w\nfor i in range(40):\n    y = y * 1.0 + 0.0",
                                             "loss = (1 / y).clamp(max=10.).sum()", "loss.backward()"],
                                  "expr": "w.grad", "cause": "nan_node"},
    "nan_zero_times_inf": {"inputs": ["w = torch.tensor([1., 1.], requires_grad=True)",
                                      "big = torch.tensor([float('inf'), 1.])",
                                      "loss = (w * big).clamp(max=10.).sum()", "loss.backward()"],
                           "expr": "w.grad", "cause": "nan_node"},
    "nan_deep_mlp": {"inputs": ["_ = torch.manual_seed(0)",
                                "layers = [torch.nn.Linear(4, 4) for _ in range(20)]",
                                "x = torch.randn(3, 4)\nfor layer in layers:\n    x = torch.tanh(layer(x))",
                                "loss = torch.log(x.abs() * 0).clamp(min=-5.).mean()", "loss.backward()"],
                     "expr": "layers[0].weight.grad", "cause": "nan_node"},
    "nan_rnn_50_steps": {"inputs": ["_ = torch.manual_seed(0)",
                                    "w_h = torch.randn(4, 4, requires_grad=True)",
                                    "w_x = torch.randn(3, 4, requires_grad=True)",
                                    "xs = torch.randn(50, 2, 3)\nh = torch.zeros(2, 4)\nfor t in range(50):\n"
                                    "    h = torch.tanh(xs[t] @ w_x + h @ w_h)",
                                    "loss = torch.sqrt(h - h.detach()).sum()", "loss.backward()"],
                         "expr": "w_h.grad", "cause": "nan_node"},
    # a custom Function's backward runs once, as without :why (a replay would print twice)
    "unknown_custom_function": {"inputs": ["class Cube(torch.autograd.Function):\n"
                                           "    @staticmethod\n"
                                           "    def forward(ctx, x):\n"
                                           "        ctx.save_for_backward(x)\n"
                                           "        return x ** 3\n"
                                           "    @staticmethod\n"
                                           "    def backward(ctx, g):\n"
                                           "        print('backward called')\n"
                                           "        (x,) = ctx.saved_tensors\n"
                                           "        return 3 * x ** 2 * g",
                                           "x = torch.tensor([0., 2.], requires_grad=True)",
                                           "Cube.apply(x).sum().backward()"], "expr": "x.grad", "cause": "unknown"},
    "nan_custom_function": {"inputs": ["class Root(torch.autograd.Function):\n"
                                       "    @staticmethod\n"
                                       "    def forward(ctx, x):\n"
                                       "        r = x.sqrt()\n"
                                       "        ctx.save_for_backward(r)\n"
                                       "        return r\n"
                                       "    @staticmethod\n"
                                       "    def backward(ctx, g):\n"
                                       "        (r,) = ctx.saved_tensors\n"
                                       "        return g / (2 * r)",
                                       "x = torch.tensor([0., 4.], requires_grad=True)",
                                       "Root.apply(x).sum().backward()"], "expr": "x.grad", "cause": "nan_node"},
    "unknown_meta": {"inputs": ["w = torch.empty(2, device='meta', requires_grad=True)", "(w * 2).sum().backward()"],
                     "expr": "w.grad", "cause": "unknown"},
    "unknown_without_log": {"inputs": [W], "expr": "w.grad", "log": False, "cause": "unknown"},
}


def cause_of(name: str) -> str:
    return SCENARIOS[name].get("cause", name)


def verdict_of(name: str, torch: Any) -> dict[str, Any]:
    """Run scenario ``name`` with ``torch`` (the engine or real PyTorch) and diagnose it."""
    import builtins

    from autograd_tui.viz import observe
    from autograd_tui.viz import whygrad

    case = SCENARIOS[name]
    namespace: dict[str, Any] = {"__builtins__": builtins, "__name__": "__main__", "torch": torch}
    log = observe.SessionLog(namespace) if case.get("log", True) else None
    try:
        outputs = whygrad.replay(case["inputs"], namespace, log)
        value, base = whygrad.evaluate_target(case["expr"], namespace)
        verdict = whygrad.diagnose(value, base, log)
    finally:
        observe.uninstall()
    errors = [o for o in outputs if "Error" in o]
    return {"verdict": verdict.as_dict(), "errors": errors, "outputs": outputs,
            "text": {lang: whygrad.render(verdict, lang) for lang in ("en", "tr")}}
